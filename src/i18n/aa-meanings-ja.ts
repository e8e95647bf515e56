/**
 * The EntryPoint's failure codes (decode/error-text/aa-codes.ts) in Japanese. The finding's data keeps
 * the English meaning (a report's JSON is English); a Japanese report words it from here by code.
 */
export const aaMeaningsJa: Readonly<Record<string, string>> = {
  AA10: 'アカウントは作成済みです(すでにあるアカウントに initCode が送られました)',
  AA13: 'initCode が失敗したかガス不足で、アカウントを作成できませんでした',
  AA14: 'initCode が別のアドレスを返しました(ファクトリーが別のアドレスを作成しました)',
  AA15: 'initCode がアカウントを作成しませんでした(ファクトリーがデプロイしていません)',
  AA20: 'アカウントが未デプロイで、デプロイするための initCode もありません',
  AA21: '前払いができませんでした(アカウントのネイティブ通貨または EntryPoint へのデポジットがガス代に足りません)',
  AA22: '有効期間外です(期限切れ、または開始前)',
  AA23: 'オペレーションの検証中にアカウントがリバートしました',
  AA24: '署名エラー(アカウントが署名を受け付けませんでした)',
  AA25: 'アカウントのノンスが不正です',
  AA26: '検証に verificationGasLimit を超えるガスを使いました',
  AA30: 'ペイマスターがデプロイされていません',
  AA31: 'ペイマスターのデポジットが不足しています(このオペレーションの支払いができません)',
  AA32: 'ペイマスターの有効期間外です(期限切れ、または開始前)',
  AA33: 'オペレーションの検証中にペイマスターがリバートしました',
  AA34: 'ペイマスターの署名エラー',
  AA36: 'paymasterVerificationGasLimit を超えました',
  AA40: 'verificationGasLimit を超えました',
  AA41: 'verificationGas が少なすぎます',
  AA50: 'ペイマスターの postOp がリバートしました',
  AA51: '前払い額が実際のガス代を下回っています',
  AA90: 'beneficiary が不正です(バンドラー側の問題)',
  AA91: 'beneficiary への送金に失敗しました(バンドラー側の問題)',
  AA92: '内部呼び出し専用です',
  AA93: 'paymasterAndData が不正です',
  AA94: 'ガスの値がオーバーフローしています',
  AA95: 'ガス不足です(バンドルトランザクションのガスが少なすぎました)',
  AA96: 'アグリゲーターが不正です',
}
