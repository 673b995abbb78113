/** The Microsoft first-party resources a backup signs in to with legacy protocols (research §5 step 3). */
export const EXCHANGE_ONLINE = '00000002-0000-0ff1-ce00-000000000000';
export const SHAREPOINT_ONLINE = '00000003-0000-0ff1-ce00-000000000000';

const RESOURCE_NAMES: Readonly<Record<string, string>> = {
  [EXCHANGE_ONLINE]: 'Exchange Online',
  [SHAREPOINT_ONLINE]: 'SharePoint Online',
};

export function resourceName(appId: string): string {
  return RESOURCE_NAMES[appId.toLowerCase()] ?? appId;
}
