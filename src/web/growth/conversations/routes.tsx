import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

const ConversationsPage = lazyRouteComponent(() => import('./ConversationsPage'), 'ConversationsPage');
const ConversationPage = lazyRouteComponent(() => import('./ConversationPage'), 'ConversationPage');
const QuestionBankPage = lazyRouteComponent(() => import('./QuestionBankPage'), 'QuestionBankPage');

const conversationsRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/conversations',
  component: ConversationsPage,
});
const conversationRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/conversations/$conversationId',
  component: ConversationPage,
});
const questionBankRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/library/questions',
  component: QuestionBankPage,
});

/** Pages of this growth part, children of `growthRoute`: the list, one conversation, HR's question bank. */
export const conversationsRoutes = [
  conversationsRoute,
  conversationRoute,
  questionBankRoute,
] as const satisfies readonly AnyRoute[];
