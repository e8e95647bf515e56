import type { EndpointReading } from '../findings/reading-data.js'
import { reasonText } from './bridge-findings-ja.js'
import { formatDuration } from './duration.js'

/** Where a bridge transfer waits, in a few words (the finding's own text says it at length). */
const stageJa: Record<string, string> = {
  sequencer: 'シーケンサーの取り込み待ち',
  'state-root': '状態ルート待ち',
  'challenge-period': 'チャレンジ期間中',
  relayer: 'リレイヤー待ち',
  attestation: 'アテステーション待ち',
  'auto-redeem': '自動償還待ち',
  confirmation: 'L1 での確定待ち',
}

const actionJa: Record<string, string> = {
  prove: '証明(Prove)待ち',
  finalize: '確定(Finalize)待ち',
  redeem: '償還(Redeem)待ち',
  'receive-message': 'メッセージの受け取り待ち',
}

const statusJa = { success: '成功', reverted: '失敗(リバート)' } as const

/** A hash or digest cut to its first bytes: enough to tell two answers apart in a sentence. */
const short = (hex: string) => `${hex.slice(0, 10)}…`

/**
 * What one endpoint answered, in Japanese (`rpc.disagreement`): worded from the reading, not from
 * the English `said` beside it. Codes this table does not know (a stage, an action added later)
 * are shown as they are rather than dropped.
 */
export function readingJa(reading: EndpointReading): string {
  switch (reading.kind) {
    case 'receipt':
      return `ブロック ${reading.blockNumber}(${short(reading.blockHash)})で${statusJa[reading.status]}、ログ ${reading.logCount} 件(${short(reading.logsDigest)})`
    case 'no-receipt':
      return 'レシートなし'
    case 'nonce':
      return `ブロック ${reading.atBlock} 時点のノンス ${reading.nonce}`
    case 'head':
      return [
        `最新ブロック ${reading.headBlock}`,
        reading.ageSeconds === null ? '' : `(${formatDuration(Math.max(0, reading.ageSeconds), 'ja')}前)`,
        reading.receiptBlock === null ? '' : `、トランザクションはブロック ${reading.receiptBlock} に取り込み済み`,
        reading.nonce === null ? '' : `、送信者のノンス ${reading.nonce}`,
      ].join('')
    case 'gateway':
      return `ゲートウェイ ${reading.gateway}、その対になるゲートウェイ ${reading.counterpart ?? 'なし'}`
    case 'holdings':
      return `ブロック ${reading.atBlock} 時点で残高 ${reading.balance}、ノンス ${reading.nonce}${tokenJa(reading.token)}`
    case 'bridge':
      return bridgeJa(reading)
    case 'outflow':
      return `${reading.hash}:送信者 ${reading.from}、宛先 ${reading.to ?? '新しいコントラクト'}、ブロック ${reading.blockNumber} で${statusJa[reading.status]}、ログ ${short(reading.logsDigest)}`
    case 'unknown-transaction':
      return `${reading.hash} を知らない`
    case 'decimals':
      return reading.decimals === null ? '小数点以下桁数の応答なし' : `小数点以下桁数 ${reading.decimals}`
    case 'coin':
      return `ブロック ${reading.fromBlock} 時点で残高 ${reading.startBalance}・ノンス ${reading.startNonce}、ブロック ${reading.toBlock} 時点で残高 ${reading.endBalance}・ノンス ${reading.endNonce}`
    case 'logs':
      return `ブロック ${reading.fromBlock}〜${reading.toBlock} のログ ${reading.count} 件(${short(reading.digest)})`
  }
}

const tokenJa = (token: Extract<EndpointReading, { kind: 'holdings' }>['token']) =>
  token === null
    ? ''
    : !token.hasCode
      ? '、トークンのコントラクトなし'
      : `、トークン残高 ${token.balance ?? '(ERC-20 としての応答なし)'}`

function bridgeJa(reading: Extract<EndpointReading, { kind: 'bridge' }>): string {
  switch (reading.state) {
    case 'delivered':
      return reading.txHash ? `${reading.txHash} で到着済み` : '到着済み'
    case 'in-flight':
      return `転送中(${reading.stage === null ? '段階不明' : (stageJa[reading.stage] ?? reading.stage)})`
    case 'action-needed':
      return reading.action === null ? '操作待ち' : (actionJa[reading.action] ?? `${reading.action} 待ち`)
    case 'refunded':
      return reading.txHash ? `${reading.txHash} で返金済み` : '返金済み'
    case 'expired':
      return '期限切れ'
    case 'no-endpoint':
      return 'エンドポイントなし'
    case 'unreadable':
      return `判断できず(${reasonText(reading.reason)})`
  }
}
