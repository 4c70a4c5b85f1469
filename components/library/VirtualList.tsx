import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

/**
 * A fixed-row-height virtual list over @tanstack/virtual-core: only the visible rows (plus
 * `overscan`) are in the DOM, so 100,000 rows scroll like 30.
 */
export function VirtualList({
  count,
  rowHeight,
  renderRow,
  onRange,
  label,
}: {
  count: number;
  /** px */
  rowHeight: number;
  renderRow: (index: number) => ComponentChildren;
  /** Called with the first and last rendered index after each render. */
  onRange?: (start: number, end: number) => void;
  label: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const [virtualizer] = useState(
    () =>
      new Virtualizer<HTMLDivElement, HTMLElement>({
        count,
        getScrollElement: () => scrollRef.current,
        estimateSize: () => rowHeight,
        overscan: 8,
        observeElementRect,
        observeElementOffset,
        scrollToFn: elementScroll,
        onChange: () => rerender(0),
      }),
  );
  virtualizer.setOptions({ ...virtualizer.options, count, estimateSize: () => rowHeight });
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useLayoutEffect(() => onRange?.(first, last), [first, last, count]);
  return (
    // focusable from script only: where the focus returns when a notice over the list goes away
    <div ref={scrollRef} class="vlist" role="list" aria-label={label} data-count={count} tabIndex={-1} data-focus-return>
      <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
        {items.map((it) => (
          <div key={it.key} role="listitem" class="vrow" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: `${rowHeight}px`, transform: `translateY(${it.start}px)` }}>
            {renderRow(it.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
