import TranslateIcon from '@mui/icons-material/Translate';
import { IconButton, Tooltip } from '@mui/material';
import { useLocaleState } from 'react-admin';

/** On a phone the language switch is one icon that flips 中文 ⇄ English, leaving the app bar to the title. */
export function PhoneLocaleButton() {
  const [locale, setLocale] = useLocaleState();
  const next = locale === 'en' ? 'zh-CN' : 'en';
  const label = next === 'en' ? 'English' : '简体中文';
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" onClick={() => setLocale(next)} aria-label={label} sx={{ width: 44, height: 44 }} data-testid="phone-locale">
        <TranslateIcon />
      </IconButton>
    </Tooltip>
  );
}
