// Debian's Chromium, launched one way for the pdf command, the benchmark and the browser tests.
import { chromium, type Browser } from 'playwright-core';

/** Headless Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium) with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
