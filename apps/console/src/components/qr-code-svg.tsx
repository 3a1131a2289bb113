import { useMemo } from 'react';
import { encodeQr } from '../qr-code.ts';

const QUIET_ZONE = 4;

/** Inline SVG (no data: URL, so the strict CSP allows it); dark runs merged into one path. */
export function QrCodeSvg({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = encodeQr(text);
    let d = '';
    qr.modules.forEach((row, y) => {
      for (let x = 0; x < qr.size; x++) {
        if (!row[x]) continue;
        let end = x;
        while (end + 1 < qr.size && row[end + 1]) end++;
        d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x + 1}v1h${x - end - 1}z`;
        x = end;
      }
    });
    return { size: qr.size + QUIET_ZONE * 2, path: d };
  }, [text]);
  return (
    <svg className="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect className="qr-light" width={size} height={size} />
      <path className="qr-dark" d={path} />
    </svg>
  );
}
