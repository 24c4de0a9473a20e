/**
 * What crosses between the engine and wherever HiGHS runs (the same thread,
 * a Web Worker, a Node worker thread): a binary MIP as plain typed arrays,
 * and HiGHS' answer. Nothing here refers to routes; `setPartitioning.ts`
 * translates both ways.
 */
import type { MipReport } from '../../domain/solve.ts';

export interface MipProblem {
  numRows: number;
  numCols: number;
  /** Column-wise (CSC) matrix; every coefficient is 1. */
  starts: Int32Array;
  indices: Int32Array;
  colCost: Float64Array;
  /** 1 for a binary column, 0 for a continuous one in [0, 1]. */
  binary: Uint8Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** A feasible start (the incumbent), passed to HiGHS with `setSolution`. */
  start: Float64Array;
  timeLimitSeconds: number;
  /** Names for people reading the model (its LP file); HiGHS is not given them. */
  labels?: MipLabels;
}

/** What each row and column of a `MipProblem` stands for, in words an engineer can read. */
export interface MipLabels {
  /** One per row ("order_o17", "class_2"). */
  rows: readonly string[];
  /** One per column ("route12_class2", "unassigned_o17"). */
  columns: readonly string[];
  /** What the model is, line by line, for the head of its file. */
  notes: readonly string[];
}

export interface MipAnswer {
  /** Column values of the best solution; null when HiGHS found none. */
  values: Float64Array | null;
  /** Its dual bound, counts, status and log. */
  report: MipReport;
}

/** A MIP on its way: its answer, and a way to stop it that returns at once. */
export interface MipRun {
  answer: Promise<MipAnswer>;
  /**
   * Asks HiGHS to stop; the engine calls it when a stop request arrives and
   * does not wait for the answer any more.
   */
  cancel(): void;
}

export interface MipSolver {
  /**
   * `shouldStop` is what an in-thread solver polls from HiGHS' callbacks;
   * one in another thread is stopped through `MipRun.cancel` instead.
   */
  solve(problem: MipProblem, shouldStop: () => boolean): MipRun;
}
