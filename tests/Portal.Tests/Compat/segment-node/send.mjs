// Usage: node send.mjs <host> <writeKey> <runId>
// Sends identify, track, page, screen, group and alias with the official Segment library, flushes, and exits
// non-zero if the library reported an error (it retries 5xx and 429 itself).
import { Analytics } from '@segment/analytics-node'

const [host, writeKey, run] = process.argv.slice(2)
const analytics = new Analytics({ writeKey, host, flushAt: 20, flushInterval: 200, maxRetries: 2 })
const errors = []
analytics.on('error', (error) => errors.push(String(error?.reason ?? error?.message ?? error)))

const userId = `node-${run}`
analytics.identify({ userId, anonymousId: `anon-${run}`, traits: { email: `${userId}@example.com`, name: 'Ada Lovelace' } })
analytics.track({
  userId,
  event: 'Order Completed',
  properties: { order_id: `o-${run}`, revenue: 42.5, currency: 'USD' },
  context: { campaign: { source: 'google', medium: 'cpc', name: 'brand' } },
})
analytics.page({ userId, category: 'Docs', name: 'Pricing', properties: { path: '/pricing', url: 'https://example.com/pricing' } })
analytics.screen({ userId, name: 'Home', properties: { variant: 'b' } })
analytics.group({ userId, groupId: `acme-${run}`, traits: { name: 'Acme Inc' } })
analytics.alias({ userId, previousId: `anon-${run}` })

await analytics.closeAndFlush({ timeout: 15000 })
console.log(JSON.stringify({ errors }))
process.exit(errors.length > 0 ? 1 : 0)
