import type { Readable, Writable } from 'node:stream'
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { toLibraryError } from '../api/errors.js'
import type { LibraryOptions } from '../api/options.js'
import { silentIO } from '../api/silent-io.js'
import { languageOptionsSchema } from '../commands/common-options.js'
import type { Deps } from '../commands/deps.js'
import { parseOptions } from '../commands/parse-options.js'
import { guideIds, isGuideId } from '../findings/guide-ids.js'
import { loadGuide } from '../guides/load-guides.js'
import { languages, type Lang } from '../i18n/catalog.js'
import { loadLanguage } from '../i18n/load-language.js'
import { translator } from '../i18n/translate.js'
import { reportSchema, toJsonSchema } from '../report/schema.js'
import { scrubArguments } from './scrub-arguments.js'
import { tools } from './tools.js'

/**
 * `support-doctor mcp`: the library's calls as MCP tools over stdio. Stdout carries protocol
 * messages only (everything the commands would print goes to silent streams); the one log line
 * goes to stderr. Resolves when stdin closes, so the process can leave with exit 0.
 */
export async function runMcpServer(options: LibraryOptions, deps: Deps): Promise<number> {
  const server = new McpServer({ name: 'support-doctor', title: 'support-doctor', version: deps.version })
  for (const tool of tools) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.inputSchema,
        outputSchema: tool.outputSchema,
        annotations: {
          title: tool.title,
          readOnlyHint: true,
          destructiveHint: false,
          idempotentHint: true,
          openWorldHint: tool.openWorld,
        },
      },
      (args: Record<string, unknown>, extra) => callTool(tool, args, options, deps, extra.signal),
    )
  }
  registerResources(server)

  const input = deps.io.in as Readable
  const transport = new StdioServerTransport(input, deps.io.out as Writable)
  const closed = new Promise<void>((resolve) => {
    input.once('end', resolve)
    input.once('close', resolve)
    transport.onclose = () => resolve()
  })
  await server.connect(transport)
  deps.io.err.write(`${translator(deps.lang)('mcp.ready')}\n`)
  await closed
  await server.close()
  return 0
}

async function callTool(
  tool: (typeof tools)[number],
  raw: Record<string, unknown>,
  serverOptions: LibraryOptions,
  serverDeps: Deps,
  /** The client cancelled the call: the look's HTTP requests in flight are torn down. */
  signal?: AbortSignal,
): Promise<CallToolResult> {
  const { clean, redactedFields } = scrubArguments(raw, { except: tool.unscrubbed })
  let lang = serverDeps.lang
  const notice = (): CallToolResult['content'] =>
    redactedFields.length
      ? [{ type: 'text', text: translator(lang)('mcp.redacted', { fields: redactedFields.join(', ') }) }]
      : []
  try {
    const asked = parseOptions(languageOptionsSchema.pick({ lang: true }), { lang: clean.lang }).lang ?? lang
    // Each call may ask for another language than the server's: its catalog is loaded first.
    await loadLanguage(asked)
    lang = asked
    const deps: Deps = { ...serverDeps, io: silentIO(), lang, ...(signal ? { signal } : {}) }
    const chain = clean.chain as string | number | undefined
    const options: LibraryOptions = { ...serverOptions, lang, ...(chain !== undefined ? { chain } : {}) }
    const output = await tool.run(clean, { options, deps })
    const view = { style: deps.io.style('file'), width: 100 }
    const guide = (output.json as { guide?: { markdown: string } }).guide
    const body = guide ? guide.markdown : output.markdown ? output.markdown(view) : output.text(view)
    return {
      structuredContent: output.json as Record<string, unknown>,
      content: [{ type: 'text', text: body }, ...notice()],
    }
  } catch (error) {
    const failure = toLibraryError(error, lang)
    return { isError: true, content: [{ type: 'text', text: JSON.stringify(failure.toJSON()) }, ...notice()] }
  }
}

function registerResources(server: McpServer) {
  const template = new ResourceTemplate('support-doctor://guides/{lang}/{id}', {
    list: () => ({
      resources: languages.flatMap((lang) =>
        guideIds.map((id) => ({
          uri: `support-doctor://guides/${lang}/${id}`,
          name: `${lang}/${id}`,
          title: loadGuide(id, lang).title,
          mimeType: 'text/markdown',
        })),
      ),
    }),
  })
  server.registerResource(
    'guide',
    template,
    {
      title: 'Support guides',
      description: 'Guides to common wallet problems, in en and ja.',
      mimeType: 'text/markdown',
    },
    (uri, { lang, id }) => {
      const wantedLang = String(lang)
      const wantedId = String(id)
      if (!(languages as readonly string[]).includes(wantedLang) || !isGuideId(wantedId))
        throw new Error(`No guide at ${uri.href}: ids are ${guideIds.join(', ')}; languages ${languages.join(', ')}.`)
      const guide = loadGuide(wantedId, wantedLang as Lang)
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: guide.markdown }] }
    },
  )
  server.registerResource(
    'report-schema',
    'support-doctor://schema/report',
    {
      title: 'Report JSON Schema',
      description: 'JSON Schema of the diagnose_transaction and check_address results (schema/report.schema.json).',
      mimeType: 'application/schema+json',
    },
    (uri) => ({
      contents: [
        {
          uri: uri.href,
          mimeType: 'application/schema+json',
          text: JSON.stringify(toJsonSchema(reportSchema, 'report.schema.json'), null, 2),
        },
      ],
    }),
  )
}
