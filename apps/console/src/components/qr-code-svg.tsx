import { useMemo } from 'react';
import QRCode from 'qrcode';

const QUIET_ZONE = 4;

/** Inline SVG drawn from the qrcode library's module matrix (no data: URL, so the strict CSP allows it). */
export function QrCodeSvg({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = modules.size;
    let d = '';
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        if (!modules.get(y, x)) continue;
        let end = x;
        while (end + 1 < n && modules.get(y, end + 1)) end++;
        d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x + 1}v1h${x - end - 1}z`;
        x = end;
      }
    }
    return { size: n + QUIET_ZONE * 2, path: d };
  }, [text]);
  return (
    <svg className="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect className="qr-light" width={size} height={size} />
      <path className="qr-dark" d={path} />
    </svg>
  );
}
