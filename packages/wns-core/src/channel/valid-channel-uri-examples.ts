import type { ChannelUriCase } from './hostile-channel-uris'

/**
 * Channel URIs that {@link validateChannelUri} must accept, in the shapes WNS hands out (real ones
 * measure 180–215 characters). The tokens are random, not real channels. Public so that other
 * packages' tests can use realistic channels.
 *
 * @example
 * const channelUri = VALID_CHANNEL_URI_EXAMPLES[0].uri
 */
export const VALID_CHANNEL_URI_EXAMPLES: readonly ChannelUriCase[] = Object.freeze([
  {
    uri: 'https://db5.notify.windows.com/?token=AwYAAADFR58iDWZCoMjweQoqVvVnQ%2f8in90z02ni%2bug3kMy5DE1P8c7jISqT0ue4VaNQpucnRVVwm7py%2bqoKgEIEMetsaJy%2f1AFBU8kQKokJwcBh6Fc7aXD4owJ5vhDoYjL1o94wg8DQSSaBQnJrU1%2fQZw%3d%3d',
    why: 'the classic shape: a regional host, "/" and a percent-encoded base64 token',
  },
  {
    uri: 'https://wns2-by3p.notify.windows.com/w/?token=BQYAAAB91SW784Zr9BeZdb0xXYrjQc94j%2b64iKrpKWqEPQwcovd8O%2bHIy%2fUZi1AeoC2vkg%2bnWslsuZpuRqEElTmYulCx2YEuvH%2fV%2f5Z43eQthfZAZb8YJog6mOlEgCbQ9Vj',
    why: 'the newer shape: a wns2 cluster host and a /w/ path (also used for Edge web push)',
  },
  {
    uri: 'https://hk2.notify.windows.com/?token=AwYAAACZSwBYsCs7tTa0xnPq3DZzUhDK%2fYEZ9kS88pKFCx%2fdmpCyQGKmV0y%2fkxzDJkifOh9fuZWIdxkRlkw20r%2bNsw2GYghf2NebRdYKDo7TdZ7F4acsxj3pxtika%2frpE9UNjWBU4hGg',
    why: 'another region: the sub-domain must not be pinned',
  },
  {
    uri: 'https://bn3p.notify.windows.com/?token=AgYAAAAkZL607PT9%2ffZfDO3BF55dUypJCDM3HFQIhmTEx7vUt6KkBNwEBAnlgs9n1rNDfabLIqaT4LeUwszXZy%2fekjRk0tN%2f83Y1ECn7z52B3X0srHBnQHhcpVT14jXswi6r1ur2qrDMrISXoJKZPEe8%2fk30cAF',
    why: 'a longer token: real channels can exceed the legacy 200-character bound',
  },
  {
    uri: 'https://notify.windows.com/?token=AwYAAACj087UAjgvqfg7JLhltUzT7ttx7xuqIW6sOf%2bNd94a6XSv%2bWrxyt0GOdcbdbGUZsigjvum36JxVe1HcKNRxBGVaYyDZlTZ4puKRrlCsvpcP0KQBYK0CpAPjofz1R45l%2bRv1Il2IWL6jY4%3d',
    why: 'the apex domain itself is allowed by the WNS rule',
  },
  {
    uri: 'https://db5.notify.windows.com:443/?token=AwYAAADCa8DLsooDzmeru5Yfu4rTmVK%2fMTtPEJLClBdk1YQD5p1qBlmSLiU%2fFSr%2f2JfuyHrZZPdX174KZ6icHwMVP1dmh8I4EFC6%2fm68E0KiTT8hK2pt684LzbiRddj%2bIvz1wSauL86',
    why: 'an explicit :443 is the https default port',
  },
])
