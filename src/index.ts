/**
 * The JupyterLab extension's entry point (package.json `jupyterlab.extension`): the
 * letgo plugin. Browser code only; see src/lab.
 */
import { letgoPlugin } from './lab/plugin.js';

export default [letgoPlugin];
