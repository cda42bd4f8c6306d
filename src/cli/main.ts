#!/usr/bin/env node
// STUB: post-coach check | ruleset validate | ruleset test | policy
console.log('post-coach: not yet');
