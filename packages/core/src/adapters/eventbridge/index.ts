export { DISPATCH_NOW_DELAY_MS, EventBridgeDispatcher, ROLE_PROPAGATION_RETRY_MS, createEventBridgeDispatcher, scheduleName, type EventBridgeDispatcherOptions } from './eventbridge-dispatcher.ts';
