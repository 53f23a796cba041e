/**
 * cmi5 moveOn "CompletedAndPassed": a module counts as completed when it is read and its quiz is
 * passed (a module without a quiz, when it is read); the course when every module is.
 */
export function moduleSatisfied(module: { read: boolean; hasQuiz: boolean; passed: boolean }): boolean {
  return module.read && (!module.hasQuiz || module.passed);
}

export function courseSatisfied(modules: readonly { read: boolean; hasQuiz: boolean; passed: boolean }[]): boolean {
  return modules.length > 0 && modules.every(moduleSatisfied);
}
