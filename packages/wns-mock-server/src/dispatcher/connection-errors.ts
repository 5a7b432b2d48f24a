import { errors } from 'undici'

/**
 * The error undici raises when the other side closes the connection (`UND_ERR_SOCKET`, "other
 * side closed"): what a `reset` or `truncate` fault looks like over a real socket.
 * @internal
 */
export function socketClosedError(): Error {
  return new errors.SocketError('other side closed')
}

/**
 * The error for a host the fake does not serve: a refused connection (`ECONNREFUSED`), so a
 * request can never hang or silently reach the network.
 * @internal
 */
export function connectionRefusedError(host: string): Error {
  return Object.assign(
    new Error(`connect ECONNREFUSED: the WNS mock does not serve ${host} and has no fallback`),
    { code: 'ECONNREFUSED', errno: -111, syscall: 'connect', address: host },
  )
}
