// SharePoint admin center → Policies → Access control: "Apps that don't use modern authentication" is "Block access".
import { adminPage, sharePointPortal } from '../../kit/m365.mjs';
import { accessControlMain } from '../../kit/sharepoint-access-control.mjs';

export default {
  portal: sharePointPortal,
  stylesheets: ['m365'],
  viewport: { width: 1280, height: 520 },
  body: adminPage({
    kind: 'sharepoint',
    path: ['Policies', 'Access control'],
    navCallouts: { Policies: 'policies-nav', 'Access control': 'access-control-nav' },
    main: accessControlMain,
  }),
};
