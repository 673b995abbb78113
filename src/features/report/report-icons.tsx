import { Icon, type IconProps } from '../../components/icons';

// Only the case report uses these: they load with it, not with the first page.
export const DownloadIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10 3v10M6 9l4 4 4-4M4 16h12" />
  </Icon>
);

export const PrintIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6 7V3h8v4M6 14H4V8h12v6h-2M6 11h8v6H6z" />
  </Icon>
);
