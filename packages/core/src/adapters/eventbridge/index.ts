export { DISPATCH_NOW_DELAY_MS, EventBridgeDispatcher, createEventBridgeDispatcher, scheduleName, type EventBridgeDispatcherOptions } from './eventbridge-dispatcher.ts';
