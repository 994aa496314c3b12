export function HiddenTipId({ tipId }: { tipId: string }) {
  return <input type="hidden" name="tipId" value={tipId} />;
}
