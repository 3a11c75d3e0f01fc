import * as core from './core.js'
import type { Logger } from '../base/logger.js'

/** The Logger of an action: the runner's log, warnings as annotations, debug lines. */
export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message)
}
