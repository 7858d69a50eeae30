/**
 * Owner communication, notices and internal deadlines (沟通). RULES §5.
 * @packageDocumentation
 */
export type { CommunicationPolicy } from './communicationPolicy.js';
