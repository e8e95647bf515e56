import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The installed package's own folder (where `guides/` and `package.json` live). Found by walking
 * up, because this code runs from `src/` under tests and from a bundle chunk in `dist/` when
 * installed, at different depths.
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from)
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'support-doctor'
    )
      return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error('support-doctor: cannot find its own package folder')
    dir = parent
  }
}
