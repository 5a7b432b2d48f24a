/** Where the responder listens and which certificate to trust. */
export interface LoopbackTarget {
  /** The responder's port on 127.0.0.1. */
  readonly port: number
  /** The responder's certificate (PEM), trusted as a CA. */
  readonly ca: string
}
