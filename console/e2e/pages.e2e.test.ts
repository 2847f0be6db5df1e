import type { StaffRole } from '@civicgraph/platform';
import type { RunningStack } from '@civicgraph/stack';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { i18nFor, type Language } from '../src/i18n';
import {
  DESKTOP,
  expectNoAxeViolations,
  launchChromium,
  type OpenedPage,
  openPage,
  PHONE,
  saveScreenshot,
  signIn,
  startConsoleStack,
} from './harness';

// Every page in English and in Spanish: the language switch (remembered across a
// reload), no English left on the Spanish page, axe, no sideways scrolling on a
// phone, and a screenshot of each at desktop and phone size. Written against what
// every page has (landmarks, the header, its level-one heading where the shell owns
// it); each page's own behaviour is tested in its own file.

let stack: RunningStack | undefined;
let browser: Browser | undefined;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  stack = await startConsoleStack();
  browser = await launchChromium();
});

afterAll(async () => {
  for (const { context } of opened) await context.close().catch(() => {});
  await browser?.close();
  await stack?.close();
});

interface PageCase {
  /** The screenshot name's first part. */
  name: 'sign-in' | 'dispatch' | 'my-work';
  role: StaffRole | null;
  path: string;
  /** The header link of the page, by language (null: signed out, no pages). */
  navLink: Record<Language, string> | null;
}

const cases: PageCase[] = [
  { name: 'sign-in', role: null, path: '/', navLink: null },
  {
    name: 'dispatch',
    role: 'DISPATCHER',
    path: '/dispatch',
    navLink: { en: 'Dispatch', es: 'Despacho' },
  },
  {
    name: 'my-work',
    role: 'FIELD_WORKER',
    path: '/my-work',
    navLink: { en: 'My work', es: 'Mi trabajo' },
  },
];

/**
 * The English strings of the console that its Spanish says differently, from the
 * dictionaries themselves (so that every feature's strings are covered as they are
 * written): any of them on the Spanish page is a string left untranslated.
 */
function englishOnlyStrings(): Set<string> {
  const found = new Set<string>();
  const walk = (en: unknown, es: unknown) => {
    if (typeof en === 'string') {
      if (typeof es === 'string' && es !== en && en.trim().length > 1) found.add(en.trim());
      return;
    }
    if (typeof en !== 'object' || en === null || typeof es !== 'object' || es === null) return;
    for (const key of Object.keys(en)) {
      walk((en as Record<string, unknown>)[key], (es as Record<string, unknown>)[key]);
    }
  };
  walk(i18nFor('en').messages, i18nFor('es').messages);
  return found;
}

/**
 * What a person reads or hears on the page: each visible text node, and the names
 * given by attributes (aria-label, placeholder, title, alt, value of buttons).
 */
function readableTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return (
        style.visibility !== 'hidden' && style.display !== 'none' && box.width * box.height > 0
      );
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (text && parent && parent.closest('script, style') === null && visible(parent)) {
        texts.push(text);
      }
    }
    for (const element of document.querySelectorAll(
      '[aria-label], [placeholder], [title], img[alt], input[type="button"], input[type="submit"]',
    )) {
      for (const attribute of ['aria-label', 'placeholder', 'title', 'alt', 'value']) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  });
}

async function settle(page: Page) {
  await page.waitForLoadState('load');
  // Tiles and lists finish loading; a live subscription never goes idle, so bounded.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
}

/** The page's landmarks and header, as every page has them. */
async function expectFrame(page: Page, pageCase: PageCase, language: Language) {
  const messages = i18nFor(language).messages;
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
  await expect.poll(() => page.getByRole('main').count()).toBe(1);
  const banner = page.getByRole('banner');
  const switcher = banner.getByRole('group', { name: messages.shell.language });
  expect(
    await switcher
      .getByRole('button', { name: language === 'es' ? 'Español' : 'English' })
      .getAttribute('aria-pressed'),
  ).toBe('true');
  if (pageCase.navLink) {
    const nav = banner.getByRole('navigation', { name: messages.shell.navigation });
    expect(
      await nav
        .getByRole('link', { name: pageCase.navLink[language] })
        .getAttribute('aria-current'),
    ).toBe('page');
    await banner.getByRole('button', { name: messages.session.signOut }).waitFor();
    expect(await page.title()).toBe(`${pageCase.navLink[language]} · ${messages.appName}`);
  } else {
    await page.getByRole('heading', { level: 1, name: messages.signIn.heading }).waitFor();
    await page.getByRole('button', { name: messages.signIn.submit }).waitFor();
    expect(await page.title()).toBe(`${messages.signIn.heading} · ${messages.appName}`);
  }
}

/** axe, no sideways scrolling, and the screenshots, at desktop then phone size. */
async function checkAndShoot(page: Page, pageCase: PageCase, language: Language) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await settle(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(
      overflow,
      `${pageCase.name} scrolls sideways at ${viewport.width} px`,
    ).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, `${pageCase.name}-${language}-${size}`);
  }
}

async function open(pageCase: PageCase): Promise<OpenedPage> {
  const one = await openPage(browser!, { viewport: DESKTOP, locale: 'en-US' });
  opened.push(one);
  if (pageCase.role) await signIn(one.page, stack!, pageCase.role, { path: pageCase.path });
  else await one.page.goto(`${stack!.url}${pageCase.path}`);
  await settle(one.page);
  return one;
}

describe.each(cases)('the $name page', (pageCase) => {
  it('in English: its landmarks and header, no axe violations, desktop and phone', async () => {
    const { page, errors } = await open(pageCase);
    await expectFrame(page, pageCase, 'en');
    await checkAndShoot(page, pageCase, 'en');
    expect(errors).toEqual([]);
  });

  it('in Spanish: switched in the header, remembered after a reload, nothing left in English', async () => {
    const { page, errors } = await open(pageCase);
    const english = englishOnlyStrings();

    await page.getByRole('banner').getByRole('button', { name: 'Español' }).click();
    await expectFrame(page, pageCase, 'es');

    // Remembered on this device: a reload comes back in Spanish (and still signed in).
    await page.reload();
    await settle(page);
    await expectFrame(page, pageCase, 'es');
    expect(await page.evaluate(() => localStorage.getItem('civicgraph.language'))).toBe('es');

    const texts = await readableTexts(page);
    // The check can fail: it knows the English, and it reads this page's Spanish.
    expect(english.has('Sign out')).toBe(true);
    expect(texts).toContain(i18nFor('es').messages.appName);
    const left = texts.filter((text) => english.has(text));
    expect(left, 'English strings on the Spanish page').toEqual([]);

    await checkAndShoot(page, pageCase, 'es');
    expect(errors).toEqual([]);
  });
});

describe('the language', () => {
  it('follows a Spanish browser until the person chooses another', async () => {
    const one = await openPage(browser!, { viewport: PHONE, locale: 'es-MX' });
    opened.push(one);
    const { page } = one;
    await page.goto(`${stack!.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Iniciar sesión' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
