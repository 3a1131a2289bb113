export { ALL_BEHAVIOURS, startHostingProviders } from './hosting-providers.ts';
export type {
  HostingProviders,
  HostingProvidersOptions,
  ProviderBehaviour,
  SimulatedProvider,
} from './hosting-providers.ts';
export { sendSmtp, startSmtpRelay } from './smtp-relay.ts';
export type { RelayRoute, SmtpRelay } from './smtp-relay.ts';
