// The sample tenant every illustration shows. Keep it consistent across screens.
export const tenant = {
  name: 'Contoso',
  domain: 'contoso.com',
  initialDomain: 'contoso.onmicrosoft.com',
  id: '4f8c2d1a-6b3e-4a9f-9c07-2e5d8b1f3a60',
};

export const admin = { name: 'Megan Bowen', upn: 'megan.bowen@contoso.com', initials: 'MB' };

export const serviceAccount = {
  name: 'Backup service account',
  upn: 'svc-backup@contoso.com',
  initials: 'BS',
  objectId: '8d1f5b3e-2c4a-4e7d-b9a0-6f3c1e8d2a57',
};

export const app = {
  name: 'Hive Backup Connector',
  appId: 'b7e4c2a9-1f3d-4a6b-8c5e-0d9f2e7a1b34',
  objectId: '2e9a7c41-5d08-4b3f-a6e2-91c4f0b8d713',
};

export const provider = { location: 'Backup provider', range: '203.0.113.0/24', ip: '203.0.113.25' };

/** The day the illustrations were last checked against the real screens. */
export const checkedOn = '2026-11-28';
