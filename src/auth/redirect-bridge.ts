// The page the identity provider answers to (redirect.html). MSAL 5 hands the answer from here to the
// window that started the sign-in: the popup's opener, or the app page after a redirect sign-in.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

void broadcastResponseToMainFrame();
