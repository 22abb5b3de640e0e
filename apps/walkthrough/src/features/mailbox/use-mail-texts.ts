import { useEffect, useState } from 'react';
import type { EmailLanguage } from '@eulogin-coach/react';
import type { MailTexts } from '@eulogin-coach/content';
import { loadMails } from '@eulogin-coach/content';
import { useContent } from '../../i18n/content-context.js';

/**
 * The mail texts for each language among `languages` (EU Login writes in the account's e-mail language, whatever
 * the page's language). Each language loads on first need; until then the page language's mails stand in.
 */
export function useMailTexts(languages: readonly EmailLanguage[]): (language: EmailLanguage) => MailTexts {
  const { content } = useContent();
  const [loaded, setLoaded] = useState<Partial<Record<EmailLanguage, MailTexts>>>({});
  const wanted = [...new Set(languages)].sort().join();
  useEffect(() => {
    let live = true;
    for (const language of wanted.split(',').filter(Boolean) as EmailLanguage[]) {
      void loadMails(language).then(
        (texts) => live && setLoaded((prev) => (prev[language] ? prev : { ...prev, [language]: texts })),
      );
    }
    return () => {
      live = false;
    };
  }, [wanted]);
  return (language) => loaded[language] ?? content.mails;
}
