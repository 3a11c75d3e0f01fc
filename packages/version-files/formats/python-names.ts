/**
 * Which Python modules hold a version, and under which names. Apart from the Python reader so
 * that checking the `files` input does not load the tokenizer (its Unicode regexes cost ~0.5 ms).
 */

/** Per module file name, the variables that may hold its version. */
export const MODULE_NAMES: Record<string, string[]> = {
  '__init__.py': ['__version__'],
  '__about__.py': ['__version__'],
  '__version__.py': ['__version__'],
  '_version.py': ['__version__', 'VERSION', 'version'],
  'version.py': ['__version__', 'VERSION', 'version']
}

/** Python module file names that can hold `__version__`. */
export const PYTHON_MODULE_NAMES = Object.keys(MODULE_NAMES)
