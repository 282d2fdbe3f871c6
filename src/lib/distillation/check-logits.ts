/**
 * Shape checks shared by the distillation losses (internal): student and teacher logits are
 * non-empty rectangular matrices of logits (finite or −Infinity for a masked class) with the
 * same number of rows and of columns, because row i of both describes the same position.
 * Example: [[1, 2]] and [[1, 2, 3]] throw "teacherLogits has 3 columns but studentLogits has 2; …".
 */
import { assertMatrix } from '../core/validate';

export function assertLogitPair(student: unknown, teacher: unknown): void {
  assertMatrix('studentLogits', student, { logits: true });
  assertMatrix('teacherLogits', teacher, { logits: true });
  if (teacher.length !== student.length) {
    throw new RangeError(
      `teacherLogits has ${teacher.length} rows but studentLogits has ${student.length}; they must match`,
    );
  }
  if (teacher[0].length !== student[0].length) {
    throw new RangeError(
      `teacherLogits has ${teacher[0].length} columns but studentLogits has ${student[0].length}; they must match`,
    );
  }
}
