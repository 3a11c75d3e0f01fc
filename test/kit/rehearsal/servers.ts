/** The rehearsal's Jira site and webhook receiver, set up as the seed's team uses them. */
import { FakeJira } from '../jira/index.js'
import { WebhookReceiver } from '../webhooks.js'

export const JIRA_USER = 'release-bot@acme.test'
export const JIRA_TOKEN = 'jira-api-token'

/** A Jira Cloud site with project JIRA and the seed's tickets, all still in progress. */
export async function startJira(): Promise<FakeJira> {
  const jira = await FakeJira.start()
  jira.addProject('JIRA', { name: 'Sample application' })
  for (const key of ['JIRA-1234', 'JIRA-1235', 'JIRA-1236', 'JIRA-1237', 'JIRA-1240']) {
    jira.addIssue(key, { status: 'In Progress' })
  }
  return jira
}

export async function startWebhooks(): Promise<WebhookReceiver> {
  return WebhookReceiver.start()
}
