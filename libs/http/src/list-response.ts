import { applyDecorators, Type, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { ContentRange } from './content-range.interceptor';

/**
 * A react-admin list route: the handler returns a ListResult of `item`; the body goes out as a JSON
 * array of `item` and the page in the `Content-Range` header (`firms 0-24/319`). Declares both in
 * the OpenAPI document, so a list route needs this one decorator and nothing else.
 */
export const ListResponse = (resource: string, item: Type<unknown>) =>
  applyDecorators(
    UseInterceptors(ContentRange(resource)),
    ApiOkResponse({
      type: [item],
      headers: {
        'Content-Range': {
          description: `The page and the total: \`${resource} 0-24/319\`, or \`${resource} 0-24/*\` when more rows match than a list counts exactly (1,000)`,
          schema: { type: 'string' },
        },
      },
    }),
  );
