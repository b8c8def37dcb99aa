import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './sectionNav.css';

interface PageSection {
  headingId: string;
  title: string;
}

/** The page's titled sections (`<section aria-labelledby>` cards), in the order they are shown. */
const sectionsOf = (page: Element): PageSection[] =>
  Array.from(
    page.querySelectorAll<HTMLElement>(
      ':scope > section[aria-labelledby], :scope > .detail-grid > section[aria-labelledby]',
    ),
  ).flatMap((section) => {
    const headingId = section.getAttribute('aria-labelledby') ?? '';
    const title = document.getElementById(headingId)?.textContent?.trim() ?? '';
    return title ? [{ headingId, title }] : [];
  });

const sameSections = (a: PageSection[], b: PageSection[]) =>
  a.length === b.length && a.every((s, i) => s.headingId === b[i]?.headingId && s.title === b[i]?.title);

/** The element that scrolls the page (the app's content region). */
const scrollerOf = (from: Element | null): HTMLElement | null => {
  for (let el = from?.parentElement ?? null; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') return el;
  }
  return null;
};

/** Space between the strip and a section scrolled to. */
const SECTION_GAP = 10;

const sectionTop = (headingId: string): number | null =>
  document.getElementById(headingId)?.closest('section')?.getBoundingClientRect().top ?? null;

/**
 * «На этой странице»: a strip of links to the sections of a long record page, kept at the top while
 * the page scrolls. It reads the sections from the page it is placed in, so a section added or
 * removed (a record changing state) appears in the strip without each page listing them; the
 * section in view is marked. Choosing one scrolls to it and moves focus to its heading.
 */
export function SectionNav() {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const [sections, setSections] = useState<PageSection[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const chosen = useRef<string | null>(null);

  useEffect(() => {
    const page = ref.current?.parentElement;
    if (!page) return;
    const read = () =>
      setSections((before) => (sameSections(before, sectionsOf(page)) ? before : sectionsOf(page)));
    read();
    const observer = new MutationObserver(read);
    observer.observe(page, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);

  // The section in view: the last one whose top has passed the strip; at the very bottom of the
  // page (where the last short sections cannot reach the top) the one chosen last, if it is shown.
  useEffect(() => {
    const scroller = scrollerOf(ref.current);
    if (!scroller) return;
    const update = () => {
      const shown = scroller.getBoundingClientRect();
      // Just below the strip (which may wrap onto two lines).
      const line = (ref.current?.getBoundingClientRect().bottom ?? shown.top) + 32;
      const tops = sections.map((s) => ({ id: s.headingId, top: sectionTop(s.headingId) }));
      let inView = tops[0]?.id ?? null;
      for (const s of tops) if (s.top !== null && s.top <= line) inView = s.id;
      const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 4;
      const chosenTop = chosen.current ? sectionTop(chosen.current) : null;
      if (atBottom && chosenTop !== null && chosenTop >= shown.top && chosenTop < shown.bottom)
        inView = chosen.current;
      setCurrent(inView);
    };
    update();
    scroller.addEventListener('scroll', update, { passive: true });
    // A wider or narrower window re-wraps the strip and the sections: the mark follows.
    window.addEventListener('resize', update);
    return () => {
      scroller.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [sections]);

  const go = (headingId: string) => {
    const heading = document.getElementById(headingId);
    if (!heading) return;
    heading.tabIndex = -1;
    const section = heading.closest('section');
    const scroller = scrollerOf(ref.current);
    if (section && scroller && ref.current) {
      // Just below the strip as it will stick (one line at 1920 px, two at 1366 px), so the section
      // chosen is also the one marked as in view.
      const stuckBottom = scroller.getBoundingClientRect().top + ref.current.offsetHeight;
      scroller.scrollBy({ top: section.getBoundingClientRect().top - stuckBottom - SECTION_GAP });
    }
    heading.focus({ preventScroll: true });
    chosen.current = headingId;
    setCurrent(headingId);
  };

  return (
    <nav
      ref={ref}
      className="section-nav"
      aria-label={t('desktop.sections.label')}
      hidden={sections.length < 2}
    >
      <ul>
        {sections.map((s) => (
          <li key={s.headingId}>
            <a
              href={`#${s.headingId}`}
              aria-current={current === s.headingId ? 'location' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go(s.headingId);
              }}
            >
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
