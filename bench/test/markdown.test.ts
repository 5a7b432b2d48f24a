import { describe, expect, it } from 'vitest'
import { formatNumber, formatSummary } from '../src/report/format-number'
import { markdownTable } from '../src/report/markdown-table'
import {
  GENERATED_END,
  GENERATED_START,
  replaceGeneratedSection,
} from '../src/report/replace-generated-section'

describe('markdownTable', () => {
  it('renders a header, an alignment rule and one line per row, escaping pipes', () => {
    expect(markdownTable(['name', 'n'], [['a|b', '1']], [false, true])).toBe(
      '| name | n |\n|---|---:|\n| a\\|b | 1 |',
    )
  })
})

describe('formatSummary', () => {
  it('shows median and min–max, or only the value for a single measurement', () => {
    expect(formatSummary({ median: 1500, min: 1200.4, max: 1800, count: 3 })).toBe(
      '1,500 (1,200–1,800)',
    )
    expect(formatSummary({ median: 0.915, min: 0.915, max: 0.915, count: 1 }, 2)).toBe('0.92')
  })

  it('formats with thousands separators', () => {
    expect(formatNumber(1234567.891, 1)).toBe('1,234,567.9')
  })
})

describe('replaceGeneratedSection', () => {
  it('replaces only what lies between the markers', () => {
    const document = `# Benchmarks\n\nintro\n\n${GENERATED_START}\n\nold table\n\n${GENERATED_END}\n\n## Analysis\nkept\n`
    const updated = replaceGeneratedSection(document, 'new table')
    expect(updated).toContain('intro')
    expect(updated).toContain('## Analysis\nkept')
    expect(updated).toContain('new table')
    expect(updated).not.toContain('old table')
    expect(replaceGeneratedSection(updated, 'new table')).toBe(updated)
  })

  it('appends the markers to a document that has none', () => {
    const updated = replaceGeneratedSection('# Benchmarks\n', 'table')
    expect(updated).toBe(`# Benchmarks\n\n${GENERATED_START}\n\ntable\n\n${GENERATED_END}\n`)
  })
})
