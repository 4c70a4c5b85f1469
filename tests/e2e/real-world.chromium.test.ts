/** Real news pages in Chromium; the assertions are in support/real-world.ts. */
import { launchChromiumWithExtension, launchPlainChromium } from './support/chromium';
import { collectConsole, fromClaimLens, type ConsoleEntry } from './support/console-errors';
import { defineRealWorldSuite } from './support/real-world';

defineRealWorldSuite(
  'chromium',
  async (server) => {
    const session = await launchChromiumWithExtension(server);
    const entries: ConsoleEntry[][] = [];
    session.context.on('page', (page) => {
      void collectConsole(page).then((c) => entries.push(c.entries));
    });
    return {
      browser: session,
      claimLensErrors: () => fromClaimLens(entries.flat()).map((e) => `${e.kind}: ${e.text} (${e.url})`),
    };
  },
  (server) => launchPlainChromium(server),
);
