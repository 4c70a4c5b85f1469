import { BlockBuilder } from './extract-builder';
import { isChrome } from './extract-chrome';
import { isBlockLevel, type StyleOf } from './extract-layout';
import { isSkipped } from './extract-skip';
import type { Block } from './extract-types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** One open container: the children still to visit and what to do on leaving it. */
interface Frame {
  /** Next sibling to visit (children of an element or a shadow root). */
  next: Node | null;
  /** Slot content (assigned nodes are a list, not a sibling chain), with `at` the next index. */
  list?: Node[];
  at: number;
  /** Inside a closed `<details>`: only its `<summary>` counts. */
  closedDetails: boolean;
  /** Leaving a block-level element: flush, then restore this as the builder's element. */
  restore?: Element;
  /** A tree boundary (shadow root, slotted content): flush on leaving so no block spans two trees. */
  boundary: boolean;
}

/** How many nodes to visit between two looks at the clock (reading the clock costs too). */
const CHECK_EVERY = 64;

/**
 * A resumable depth-first reading of block containers into {@link Block}s, so a 300k-character page
 * can be read in slices that each stay under the 50 ms long-task limit (W3C Long Tasks API; issue 6).
 * The walk is the same as a recursive one: inline content joins the current run, block-level elements
 * flush it (hard case 2), skipped content and site chrome are left out (hard cases 8, 9, 25).
 *
 * Open shadow roots (hard case 16) are read in place of their host's light children, and a `<slot>`
 * reads the nodes assigned to it (or its fallback content). Every crossing of a tree boundary ends
 * the current block, so a block's text nodes all share one root and a range over it never spans a
 * shadow boundary. Closed shadow roots are invisible to scripts and stay unread.
 *
 * If the DOM changes between two slices the walk goes on from where it was over whatever is still
 * attached; the caller's mutation observer rescans anyway.
 */
export class BlockWalker {
  private readonly stack: Frame[] = [];
  private readonly builder: BlockBuilder;
  private readonly roots: Element[];
  /** Shadow roots the walk entered, so callers can observe them for changes. */
  readonly shadowRoots: ShadowRoot[] = [];

  /**
   * @param roots block containers to read, in order (e.g. a headline, then the article root)
   * @param styleOf computed style reader (or one answering null without a layout engine)
   * @param out blocks are appended here as they complete
   */
  constructor(roots: Element[], private readonly styleOf: StyleOf, private readonly out: Block[]) {
    this.roots = [...roots].reverse();
    this.builder = new BlockBuilder(out, roots[0] ?? (null as unknown as Element));
  }

  /**
   * Reads on until done or until `timeUp()` answers true (asked every few dozen nodes).
   * @returns true when every root has been read
   */
  run(timeUp: () => boolean): boolean {
    let n = 0;
    for (;;) {
      const frame = this.stack[this.stack.length - 1];
      if (!frame) {
        const root = this.roots.pop();
        if (!root) return true;
        this.builder.flush();
        this.builder.element = root;
        this.open(root, root, false);
        continue;
      }
      const child = this.nextChild(frame);
      if (!child) {
        this.stack.pop();
        if (frame.restore !== undefined || frame.boundary) this.builder.flush();
        if (frame.restore !== undefined) this.builder.element = frame.restore;
        if (this.stack.length === 0) this.builder.flush();
        continue;
      }
      if (child.nodeType === TEXT_NODE) this.builder.addText(child as Text);
      else if (child.nodeType === ELEMENT_NODE) this.visitElement(child as Element);
      if (++n % CHECK_EVERY === 0 && timeUp()) return false;
    }
  }

  private nextChild(frame: Frame): Node | null {
    for (;;) {
      let c: Node | null;
      if (frame.list) c = frame.list[frame.at++] ?? null;
      else {
        c = frame.next;
        if (c) frame.next = c.nextSibling;
      }
      if (!c || !frame.closedDetails) return c;
      if (c.nodeType === ELEMENT_NODE && (c as Element).localName === 'summary') return c;
    }
  }

  private visitElement(el: Element): void {
    const b = this.builder;
    if (el.localName === 'br') {
      b.addBreak();
      return;
    }
    const style = this.styleOf(el);
    const block = isBlockLevel(el, style);
    if (isSkipped(el, style) || isChrome(el)) {
      if (block) b.flush(); // a skipped box (an ad between two halves of a div) still separates text
      return;
    }
    if (!block) {
      this.open(el, undefined, false);
      return;
    }
    const outer = b.element;
    b.flush();
    b.element = el;
    this.open(el, outer, false);
  }

  /** Pushes a frame for an element's rendered children: its open shadow root, slot content or light children. */
  private open(el: Element, restore: Element | undefined, boundary: boolean): void {
    const closedDetails = el.localName === 'details' && !el.hasAttribute('open');
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) {
      this.builder.flush();
      this.shadowRoots.push(shadow);
      this.stack.push({ next: shadow.firstChild, at: 0, closedDetails: false, restore, boundary: true });
      return;
    }
    if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length) {
        this.builder.flush();
        this.stack.push({ next: null, list: assigned, at: 0, closedDetails: false, restore, boundary: true });
        return;
      }
    }
    this.stack.push({ next: el.firstChild, at: 0, closedDetails, restore, boundary });
  }
}
