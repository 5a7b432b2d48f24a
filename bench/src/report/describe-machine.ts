import os from 'node:os'

/** The machine a run happened on, as the report prints it. */
export interface MachineDescription {
  readonly cpuModel: string
  readonly cpuCount: number
  readonly memoryGiB: number
  readonly os: string
  readonly node: string
  /** The 1-minute load average when the run started: a busy machine gives noisy figures. */
  readonly loadAverage: number
}

/** Describes this machine with `node:os`. */
export function describeMachine(): MachineDescription {
  const cpus = os.cpus()
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  }
}
