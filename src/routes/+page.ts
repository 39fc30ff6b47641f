// A repeat visit's cached numbers are read while the page's JavaScript still loads (earlyStart.ts):
// this module runs when the forecast page's node is imported, before its component renders, and
// only for this page (not for the accessibility statement).
import { browser, version } from '$app/environment';
import { startEarly } from '$lib/data/earlyStart';

if (browser) startEarly(version);
