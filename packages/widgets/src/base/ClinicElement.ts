import {
  checkHeadingLevel,
  checkLink,
  checkThemeName,
  serializeJsonLd,
  type HeadingLevel,
  type Report,
} from '@clinic-ui/react/internal';
import { Component, createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { renderedAttribute } from 'virtual:clinic-widget-css';
import type { ClinicCtaClickDetail, ClinicTagName } from '../types';
import { createFirstRenderQueue } from './firstRenders';
import { levelBelowPrecedingHeading } from './headings';
import { convertNodes } from './lightDom';
import { asFirstRender } from './rerenders';
import { ContentError, reportProblem } from './problems';
import { measureReaderUnit, widgetStyleSheet } from './styles';

export interface RenderedBlock {
  /** The React block, with props from the element's attributes and light DOM. */
  block: ReactNode;
  /** JSON-LD to publish in the light DOM, where crawlers read it; undefined removes it. */
  structuredData?: object;
}

/**
 * The page's one queue of first renders, shared by every element of the bundle; the shared
 * stylesheet is parsed in a turn of its own before the first of them.
 */
const firstRenders = createFirstRenderQueue({ prepare: widgetStyleSheet });

/** Marks the JSON-LD script an element writes into its own light DOM. */
const generatedAttribute = 'data-clinic-generated';

/**
 * What every `<clinic-*>` element shares: an open shadow root with the shared stylesheet, a
 * React (Preact in the bundle) root rendering the element's block, re-rendering when attributes
 * or light-DOM content change, unmounting when removed, and falling back to showing the light DOM
 * as it is when the content is unusable. Subclasses only turn attributes and light DOM into props.
 */
export abstract class ClinicElement extends HTMLElement {
  /** Attributes every element takes; subclasses add their own. */
  static get observedAttributes(): string[] {
    return ['theme'];
  }

  #root: Root | undefined;
  #mount: HTMLElement | undefined;
  #fallback: HTMLSlotElement | undefined;
  #observer: MutationObserver | undefined;
  #renderQueued = false;
  #rendered: Promise<void> = Promise.resolve();
  #failed = false;
  #hasRendered = false;

  /**
   * The block to render, built from attributes and light DOM, and any structured data to publish
   * in the light DOM. Throws a ContentError when the content cannot be used.
   */
  protected abstract renderBlock(): RenderedBlock;

  connectedCallback(): void {
    if (this.#failed) return;
    try {
      // A fresh root on every connection: disconnecting (removal, or a move) unmounted the last.
      // The first connection gets its shadow root and render root in its first render's turn.
      if (!this.#root && this.#mount) this.#root = createRoot(this.#mount);
      this.#observer ??= new MutationObserver((records) => {
        if (records.some((record) => !isOwnMutation(record))) this.#queueRender();
      });
      this.#observer.observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      this.#queueRender();
    } catch (error) {
      this.#giveUp(error);
    }
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    try {
      this.#root?.unmount();
    } catch {
      // Nothing to keep: the element is leaving the page.
    }
    this.#root = undefined;
  }

  attributeChangedCallback(): void {
    if (!this.#failed) this.#queueRender();
  }

  /**
   * The level of the block's heading: the `heading-level` attribute (2 to 6), else one below the
   * nearest heading before the element in the page, so the block fits the page's outline.
   */
  protected get headingLevel(): HeadingLevel {
    return (
      checkHeadingLevel(this.attribute('heading-level'), 'heading-level', this.report) ??
      levelBelowPrecedingHeading(this)
    );
  }

  /** The language for built-in strings and dates: the nearest `lang` attribute. */
  protected get locale(): string | undefined {
    return this.closest('[lang]')?.getAttribute('lang') ?? undefined;
  }

  /**
   * Settles after the pending render (from an attribute or light-DOM change) has reached the
   * shadow root, like Lit's `updateComplete`; already settled when nothing is pending. Resolves to
   * true. Await it instead of waiting a fixed time:
   * `el.setAttribute('heading', 'Hi'); await el.updateComplete;`
   */
  get updateComplete(): Promise<boolean> {
    // Light-DOM changes reach the element through a MutationObserver, whose callback may not
    // have run yet: take its records now, so a change made just before this call is included.
    const records = this.#observer?.takeRecords() ?? [];
    if (records.some((record) => !isOwnMutation(record))) this.#queueRender();
    return this.#settled();
  }

  async #settled(): Promise<boolean> {
    // A render may queue another (for example a light-DOM change made while rendering).
    let pending: Promise<void>;
    do {
      pending = this.#rendered;
      await pending;
    } while (pending !== this.#rendered);
    return true;
  }

  /** Logs one console message naming this element and the problem. */
  protected problem(message: string): void {
    reportProblem(this, message);
  }

  /** The shared input rules report through this: one console message naming the element. */
  protected readonly report: Report = (problem) => this.problem(problem);

  /**
   * Light-DOM nodes as block content: text, links with safe URLs and emphasis (and, with
   * `blocks`, paragraphs and lists). An unsafe link keeps its text and is reported.
   */
  protected content(nodes: Iterable<Node>, blocks = false): ReactNode {
    return convertNodes(nodes, {
      blocks,
      onUnsafeLink: (href) =>
        this.problem(
          `its content links to an unsafe URL "${href}"; the text is kept without the link.`,
        ),
    });
  }

  /** A string attribute, or undefined when absent or blank. */
  protected attribute(name: string): string | undefined {
    const value = this.getAttribute(name)?.trim();
    return value ? value : undefined;
  }

  /**
   * A URL attribute, when present and safe to link to. Otherwise undefined, with one message that
   * names the attribute and says what the reader gets instead (`fallback`); a missing one is
   * reported only when `required` describes it.
   */
  protected linkAttribute(name: string, fallback: string, required?: string): string | undefined {
    const url = this.attribute(name);
    if (url === undefined && required)
      this.problem(`needs an ${name} attribute (${required}); ${fallback}.`);
    return checkLink(url, name, this.report, fallback);
  }

  /** Sends `clinic-cta-click` (bubbling, crossing shadow roots) for the host page's analytics. */
  protected dispatchCtaClick(detail: Omit<ClinicCtaClickDetail, 'element'>): void {
    const element = this.localName as ClinicTagName;
    this.dispatchEvent(
      new CustomEvent<ClinicCtaClickDetail>('clinic-cta-click', {
        bubbles: true,
        composed: true,
        detail: { element, ...detail },
      }),
    );
  }

  #createShadow(): void {
    // The stylesheet first: once a shadow root is attached it hides the light DOM for good, so
    // every step that can fail comes before it.
    const sheet = widgetStyleSheet();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    measureReaderUnit(shadow);
    this.#mount = document.createElement('div');
    this.#mount.setAttribute('part', 'block');
    // Shown instead of the block when the content cannot be used: the light DOM, as authored.
    this.#fallback = document.createElement('slot');
    this.#fallback.hidden = true;
    shadow.append(this.#mount, this.#fallback);
  }

  #queueRender(): void {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    this.#rendered = new Promise((resolve) => {
      const run = () => {
        this.#renderQueued = false;
        try {
          if (this.isConnected && !this.#failed) this.#render();
        } catch (error) {
          this.#giveUp(error);
        } finally {
          resolve();
        }
      };
      // The first render takes its turn with the page's other elements (see firstRenders.ts);
      // later ones, from attribute or content changes, run in the next microtask.
      if (this.#hasRendered) queueMicrotask(run);
      else firstRenders.add(this, run);
    });
  }

  #render(): void {
    // Attached only now: until then the light DOM shows in the pre-upgrade stylesheet's box.
    if (!this.shadowRoot) this.#createShadow();
    this.#root ??= createRoot(this.#mount!);
    const first = !this.#hasRendered;
    this.#hasRendered = true;
    checkThemeName(this.getAttribute('theme') ?? undefined, 'theme', this.report);
    let block: ReactNode;
    try {
      const rendered = this.renderBlock();
      block = rendered.block;
      this.#publishStructuredData(rendered.structuredData);
    } catch (error) {
      this.#showLightDom(error);
      this.#markRendered();
      return;
    }
    this.#showBlock(true);
    const root = this.#root;
    const render = () =>
      root.render(
        createElement(
          RenderGuard,
          { onError: (error: unknown) => this.#showLightDom(error) },
          block,
        ),
      );
    if (first) asFirstRender(render);
    else render();
    this.#markRendered();
  }

  /** Switches off the pre-upgrade stylesheet's rules for this element (dist/clinic-ui.css). */
  #markRendered(): void {
    if (!this.hasAttribute(renderedAttribute)) this.setAttribute(renderedAttribute, '');
  }

  /**
   * An unexpected failure of the element itself (not of its content): stop for good and show the
   * light DOM as the page authored it, with one message. Never lets the error reach the page.
   */
  #giveUp(error: unknown): void {
    this.#failed = true;
    this.#observer?.disconnect();
    try {
      this.#root?.unmount();
    } catch {
      // The root is being abandoned either way.
    }
    this.#root = undefined;
    // A bare slot shows the light DOM exactly as authored, whatever was attached before the failure.
    this.shadowRoot?.replaceChildren(document.createElement('slot'));
    this.problem(`could not start (${String(error)}); showing its content as it is.`);
  }

  #showLightDom(error: unknown): void {
    const reason =
      error instanceof ContentError ? error.message : `could not render (${String(error)})`;
    this.problem(`${reason}; showing its content as it is.`);
    this.#root?.render(null);
    this.#showBlock(false);
  }

  #showBlock(show: boolean): void {
    if (this.#mount) this.#mount.hidden = !show;
    if (this.#fallback) this.#fallback.hidden = show;
  }

  #publishStructuredData(data: object | undefined): void {
    let script = this.querySelector<HTMLScriptElement>(`:scope > script[${generatedAttribute}]`);
    if (!data) {
      script?.remove();
      return;
    }
    const json = serializeJsonLd(data);
    if (script?.textContent === json) return;
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(generatedAttribute, '');
      this.append(script);
    }
    script.textContent = json;
  }
}

const isGenerated = (node: Node): boolean =>
  Boolean(
    (node instanceof Element ? node : node.parentElement)?.closest(`[${generatedAttribute}]`),
  );

/** Mutations of the structured data the element itself wrote do not call for a re-render. */
function isOwnMutation(record: MutationRecord): boolean {
  if (isGenerated(record.target)) return true;
  // A group places its children in its list with their `slot` attribute; every element marks
  // itself rendered.
  if (
    record.type === 'attributes' &&
    (record.attributeName === 'slot' || record.attributeName === renderedAttribute)
  )
    return true;
  const changed = [...record.addedNodes, ...record.removedNodes];
  return changed.length > 0 && changed.every(isGenerated);
}

/** Catches an error thrown while rendering the block, so the host page never sees it. */
class RenderGuard extends Component<{ onError: (error: unknown) => void; children?: ReactNode }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
