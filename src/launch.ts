/**
 * What bin/support-doctor.js needs before the program: the quick answers (`--version`, `--help`)
 * and the loader that runs the program with its code cache. Built as one CommonJS file
 * (dist/launch.cjs) for the CommonJS bin: Node starts a CommonJS main and requires one file sooner
 * than it sets up its ES module loader (~3.5 ms, measured; README, "Speed").
 */
export { quickAnswer } from './quick-answer.js'
export { loadProgram } from './program-loader/load-program.js'
