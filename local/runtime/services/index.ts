/**
 * The global services an execution sees. One file per Apps Script service; add a new
 * service by writing its file and listing it here.
 */
import type { Env } from '../state';
import { cacheService } from './cache';
import { htmlService } from './html';
import { lockService } from './lock';
import { consoleService, loggerService } from './logger';
import { mailApp } from './mail-app';
import { propertiesService } from './properties';
import { scriptApp } from './script-app';
import { sessionService } from './session';
import { spreadsheetApp } from './spreadsheet/spreadsheet-app';
import { utilitiesService } from './utilities';

/** Puts every faked service on an execution's global object. */
export function installServices(global: Record<string, unknown>, env: Env): void {
  global.SpreadsheetApp = spreadsheetApp(env);
  global.HtmlService = htmlService(env);
  global.PropertiesService = propertiesService(env);
  global.LockService = lockService(env);
  global.CacheService = cacheService(env);
  global.Session = sessionService(env);
  global.Utilities = utilitiesService(env);
  global.Logger = loggerService(env);
  global.console = consoleService(env);
  global.ScriptApp = scriptApp(env);
  global.MailApp = mailApp(env);
}
