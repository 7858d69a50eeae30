// The anchor typedoc gives a heading (its Slugger: punctuation removed, spaces to hyphens, lower
// case), so that the generated rules reference and the tests agree on `#complaintapproval`.
export function anchorOf(heading) {
  const slug = heading
    .trim()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '')
    .replace(/\s/g, '-')
    .replace(/--+/, '-');
  return (slug || '_').toLocaleLowerCase();
}
