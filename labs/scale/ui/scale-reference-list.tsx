import { formatBytes } from '@/lib/format';
import { formatMicros, referenceMarker } from '@/labs/scale/chart-data';
import { SCALE_REFERENCE, type FigureRange } from '@/labs/scale/reference';

const range = (r: FigureRange, format: (v: number) => string) =>
  r.low === r.high ? format(r.low) : `${format(r.low)}–${format(r.high)}`;

/** Text with `backticked` spans shown as code. */
function WithCode({ text }: { text: string }) {
  return text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

/** The published figures the charts mark as R1, R2…: what each measured, and where it comes from. */
export function ScaleReferenceList() {
  return (
    <details
      className="mt-3 text-xs text-zinc-700 dark:text-zinc-300"
      data-testid="scale-references"
    >
      <summary className="cursor-pointer font-medium text-zinc-800 hover:text-zinc-950 dark:text-zinc-200 dark:hover:text-white">
        Reference figures (R1–R{SCALE_REFERENCE.length}) and their sources
      </summary>
      <ol className="mt-2 space-y-2">
        {SCALE_REFERENCE.map((figure) => {
          const numbers = [
            figure.bytes_per_unit ? `${range(figure.bytes_per_unit, formatBytes)} resident` : null,
            figure.kernel_bytes_per_unit
              ? `+ ${range(figure.kernel_bytes_per_unit, formatBytes)} kernel`
              : null,
            figure.create_us ? `created in ${range(figure.create_us, formatMicros)}` : null,
            figure.switch_us ? `switch ${range(figure.switch_us, formatMicros)}` : null,
          ].filter(Boolean);
          const external = figure.source.url.startsWith('http');
          return (
            <li key={figure.id} className="flex gap-2">
              <span className="w-6 shrink-0 font-semibold tabular-nums">
                {referenceMarker(figure)}
              </span>
              <span className="min-w-0">
                <span className="font-medium">{figure.label}</span> ({figure.runtime}, per{' '}
                {figure.unit}): {numbers.join(', ')}. <WithCode text={figure.note} />{' '}
                <a
                  href={figure.source.url}
                  className="underline hover:text-indigo-700 dark:hover:text-indigo-300"
                  rel={external ? 'noreferrer' : undefined}
                >
                  {figure.source.author}, {figure.source.year}
                </a>
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
