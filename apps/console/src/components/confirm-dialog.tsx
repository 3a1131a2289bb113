import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../i18n/locale.tsx';

/**
 * A modal question (react-aria: focus kept inside, Escape closes, focus returns to the opener).
 * `children` holds the explanation and any field; the dialog closes only when told to.
 */
export function ConfirmDialog(props: {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  confirmLabel: string;
  busy: boolean;
  danger?: boolean;
  onConfirm: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={props.isOpen}
      onOpenChange={(open) => open || props.onClose()}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title">{props.title}</Heading>
          {props.children}
          <div className="actions">
            <Button
              className={props.danger ? 'button button-danger' : 'button button-primary'}
              isPending={props.busy}
              onPress={props.onConfirm}
            >
              {props.confirmLabel}
            </Button>
            <Button className="button button-secondary" onPress={props.onClose}>
              {t('ops.cancel')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
