import type { SharePayload } from './share-payload';

/** A share read from a QR code, handed from the scan screen to the receive screen in memory. */
export const received = $state<{ payload: SharePayload | undefined }>({ payload: undefined });
