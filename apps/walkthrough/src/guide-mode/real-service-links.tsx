import { useContent } from '../i18n/content-context.js';
import { useFormat } from '../i18n/use-format.js';

/** Where the real service is: EU Login's address (a link), the app in the stores, and the page for phones. */
export function RealServiceLinks({ url }: { url: string }) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.guideMode;
  const [before, after = ''] = texts.siteLine.split('{url}');
  return (
    <section className="guide-mode__where" aria-labelledby="guide-mode-where">
      <h4 id="guide-mode-where">{texts.whereHeading}</h4>
      <ul>
        <li>
          {before}
          <a href={url} target="_blank" rel="noopener noreferrer">
            {url}
          </a>
          {after}
        </li>
        <li>{format(texts.appLine, { app: texts.appName })}</li>
        <li>{format(texts.devicesLine, { page: texts.devicesPage })}</li>
      </ul>
    </section>
  );
}
