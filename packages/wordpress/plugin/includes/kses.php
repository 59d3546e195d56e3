<?php
/**
 * Lets the <clinic-*> elements and their documented attributes through wp_kses_post, for every
 * role that can edit posts. Nothing else is loosened: no <script>, no on* attributes (none is in
 * the manifest), and link attributes go through WordPress's protocol filter.
 *
 * @package ClinicUiBlocks
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the elements to the 'post' context of kses.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The kses context.
 * @return array
 */
function clinic_ui_blocks_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( clinic_ui_blocks_manifest()['elements'] as $tag => $element ) {
		$attributes = array();
		foreach ( $element['attributes'] as $attribute ) {
			$attributes[ $attribute ] = true;
		}
		// The same global attributes (class, id, lang, dir, aria-*, data-*) as every other post tag.
		$tags[ $tag ] = function_exists( '_wp_add_global_attributes' )
			? _wp_add_global_attributes( $attributes )
			: $attributes;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'clinic_ui_blocks_allowed_html', 10, 2 );

/**
 * Sends the elements' link attributes (href, author-url, reviewer-url) through the protocol
 * filter, as WordPress does for href and src: javascript: and data: never survive.
 *
 * @param string[] $attributes Attributes that hold URLs.
 * @return string[]
 */
function clinic_ui_blocks_uri_attributes( $attributes ) {
	foreach ( clinic_ui_blocks_manifest()['elements'] as $element ) {
		foreach ( $element['url_attributes'] as $attribute ) {
			if ( ! in_array( $attribute, $attributes, true ) ) {
				$attributes[] = $attribute;
			}
		}
	}
	return $attributes;
}
add_filter( 'wp_kses_uri_attributes', 'clinic_ui_blocks_uri_attributes' );
