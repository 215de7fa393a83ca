/** A worker thread of the delivery pass: one batch of pages in, their links out. */
import { parentPort, workerData } from 'node:worker_threads';
import { deliverBatch, type PageBatch } from './delivery-pages';

parentPort!.postMessage(deliverBatch(workerData as PageBatch));
