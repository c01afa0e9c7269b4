// The frame of every screen: skip link, header with navigation, the user and the language
// switch, the main content, and focus moved to the content after each navigation.
import { Button } from '@utrecht/button-react';
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/SessionContext';
import { seesConsistencyOverview } from '../auth/roles';
import { useI18n } from '../i18n/i18n';

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!location.hash) main.current?.focus();
  }, [location.pathname, location.hash]);

  const navClass = ({ isActive }: { isActive: boolean }) =>
    `utrecht-link utrecht-link--html-a helder-nav__link${isActive ? ' helder-nav__link--current' : ''}`;

  return (
    <div className="utrecht-page helder-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {t('layout.skip')}
      </a>
      <header className="utrecht-page-header helder-header">
        <div className="helder-header__inner">
          <NavLink to="/" className="helder-logo" aria-label={t('layout.home')}>
            helder
          </NavLink>
          <nav aria-label={t('layout.nav')} className="helder-nav">
            <ul>
              <li>
                <NavLink to="/" end className={navClass}>
                  {t('nav.cases')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/nieuwe-casus" className={navClass}>
                  {t('nav.newCase')}
                </NavLink>
              </li>
              {seesConsistencyOverview(session.user) && (
                <li>
                  <NavLink to="/consistentie" className={navClass}>
                    {t('nav.consistency')}
                  </NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="helder-header__tools">
            <span className="helder-user">{t('layout.user', { name: session.user.naam || session.user.gebruikersnaam })}</span>
            <Button
              appearance="subtle-button"
              lang={lang === 'nl' ? 'en' : 'nl'}
              onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}
            >
              {lang === 'nl' ? 'English' : 'Nederlands'}
            </Button>
            <Button appearance="secondary-action-button" onClick={session.logOut}>
              {t('layout.logout')}
            </Button>
          </div>
        </div>
      </header>
      <main id="inhoud" ref={main} tabIndex={-1} className="utrecht-page-content helder-main">
        <Outlet />
      </main>
      <footer className="utrecht-page-footer helder-footer">
        <p className="utrecht-paragraph utrecht-paragraph--small">{t('layout.footer')}</p>
      </footer>
    </div>
  );
}
