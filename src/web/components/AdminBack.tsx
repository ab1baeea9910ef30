import { useTranslation } from 'react-i18next';
import { AnchorLink } from './links';

export function AdminBack() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/admin" size="sm">
      ← {t('admin.title')}
    </AnchorLink>
  );
}
