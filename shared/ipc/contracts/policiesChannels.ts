export const policiesChannels = [
  'policies:list',
  'policies:get',
  'policies:loadFile',
  'policies:loadText',
  'policies:editClauses',
  'policies:setFact',
  'policies:saveFact',
  'policies:removeFact',
  'policies:confirm',
  'policies:withdraw',
  'policies:claimTerms',
  'policies:changes',
] as const;
